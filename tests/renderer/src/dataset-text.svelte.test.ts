/**
 * Briefing text never reaches the DOM as HTML. The loader already refuses text holding markup;
 * this renders views from a briefing that went around the loader, with an image-with-onerror and
 * a script in every text field, and checks that no such element exists and the text shows
 * literally.
 */
import { afterEach, describe, expect, it } from 'vitest';
import OverviewView from '../../../renderer/src/views/OverviewView.svelte';
import AreaView from '../../../renderer/src/views/AreaView.svelte';
import ZoneView from '../../../renderer/src/views/ZoneView.svelte';
import OutlookView from '../../../renderer/src/views/OutlookView.svelte';
import { buildBriefingModel } from '../../../renderer/src/model/briefing-model';
import { renderWithModel } from '../../support/render-with-model';
import { briefingSchema } from '../../../electron/shared/briefing-schema';
import type { BriefingPayload } from '../../../electron/shared/ipc-contract';
import { bundledJson, bundledSourceText } from '../../support/load-bundled';

const INJECTED = '<img src=x onerror=__pwned=1><script>__pwned=2</script>';
/** Fields with a 60-character limit get the markup without their name in front. */
const SHORT_FIELDS = new Set(['unit', 'unitPlural', 'period', 'nameZh']);
/** Every field of the format that holds text shown to people. */
const TEXT_FIELDS = new Set([
  'title', 'subtitle', 'name', 'organiser', 'role', 'publisher', 'translationNote', 'zoneCountLabel',
  'label', 'unit', 'unitPlural', 'period', 'quote', 'summaryQuote', 'plainMeaning', 'nameEn', 'nameZh',
]);

function inject(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return TEXT_FIELDS.has(key) ? (SHORT_FIELDS.has(key) ? INJECTED : `${key}: ${INJECTED}`) : value;
  if (Array.isArray(value)) return value.map((v) => inject(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inject(v, k)]));
  return value;
}

function hostilePayload(): BriefingPayload {
  const briefing = briefingSchema.parse(inject(bundledJson()));
  return { briefing, sourceText: `${INJECTED}\n${bundledSourceText()}`, origin: { kind: 'bundled' } };
}

const hostileModel = () => buildBriefingModel(hostilePayload());

function expectNoMarkup(container: HTMLElement, fields: string[]): void {
  expect(container.querySelectorAll('script, img[src="x"], [onerror]')).toHaveLength(0);
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  const text = container.textContent ?? '';
  for (const field of fields) expect(text, field).toContain(SHORT_FIELDS.has(field) ? INJECTED : `${field}: ${INJECTED}`);
}

afterEach(() => {
  delete (window as unknown as { __pwned?: number }).__pwned;
});

describe('HTML in briefing text renders as text', () => {
  it('on the overview', () => {
    const { container } = renderWithModel(OverviewView, hostileModel());
    expectNoMarkup(container, ['title', 'subtitle', 'name', 'role', 'label', 'quote', 'translationNote']);
  });

  it('on an area page', () => {
    const model = hostileModel();
    const { container } = renderWithModel(AreaView, model, { areaId: model.briefing.areas[0]!.id });
    expectNoMarkup(container, ['title', 'quote']);
  });

  it('on a zone page and the outlook', () => {
    const model = hostileModel();
    const zone = renderWithModel(ZoneView, model, { zoneId: 'shanghai' });
    expectNoMarkup(zone.container, ['nameEn', 'nameZh']);
    zone.unmount();
    const outlook = renderWithModel(OutlookView, model);
    expectNoMarkup(outlook.container, ['title', 'quote']);
  });
});
