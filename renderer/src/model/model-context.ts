/**
 * The briefing model, provided once to the component tree (Svelte context) by `AppShell` for
 * the briefing that is open. Views, slides and print documents read it with `briefingModel()`
 * instead of receiving it through props.
 */
import { createContext } from 'svelte';
import type { BriefingModel } from './briefing-model';

const [getModel, setModel] = createContext<BriefingModel>();

/** The open briefing's model; call during component initialisation. */
export const briefingModel: () => BriefingModel = getModel;

/** Provides the model to this component's children; call during component initialisation. */
export const provideBriefingModel: (model: BriefingModel) => BriefingModel = setModel;
