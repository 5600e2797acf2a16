/** Component tests: render a view or component with a briefing model provided, as in the app. */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import type { BriefingModel } from '../../renderer/src/model/briefing-model';
import WithModel from './WithModel.svelte';

export function renderWithModel<P extends Record<string, unknown>>(component: Component<P>, model: BriefingModel, props: P = {} as P) {
  return render(WithModel as unknown as Component<{ model: BriefingModel; component: Component<P>; props: P }>, { props: { model, component, props } });
}
