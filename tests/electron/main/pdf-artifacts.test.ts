import { describe, expect, it } from 'vitest';
import { unmarkedStretches, wrapStretches } from '../../../electron/main/pdf-artifacts';

const images = (name: string) => name === '/Im1';
const wrapped = (text: string) => {
  const stretches = unmarkedStretches(text, images);
  return stretches && wrapStretches(text, stretches);
};

describe('marking unmarked drawing as artifacts', () => {
  it('wraps drawing outside marked content, between q/Q and BT/ET, and leaves marked content alone', () => {
    expect(wrapped('q 1 0 0 1 0 0 cm 0 0 10 10 re f Q /P <</MCID 0 >>BDC BT (a) Tj ET EMC')).toBe(
      'q\n/Artifact BMC\n 1 0 0 1 0 0 cm 0 0 10 10 re f\nEMC Q /P <</MCID 0 >>BDC BT (a) Tj ET EMC',
    );
  });

  it('does not wrap state changes that paint nothing', () => {
    expect(wrapped('q 1 0 0 1 5 5 cm 0 0 10 10 re W n Q')).toBe('q 1 0 0 1 5 5 cm 0 0 10 10 re W n Q');
  });

  it('never takes text inside strings for operators, nested parentheses included', () => {
    const text = 'BT /F1 9 Tf (EMC (BDC) Q \\) q) Tj ET';
    expect(wrapped(text)).toBe('BT\n/Artifact BMC\n /F1 9 Tf (EMC (BDC) Q \\) q) Tj\nEMC ET');
    expect(unmarkedStretches('BT <454D43> Tj ET % EMC comment\n', images)).toEqual([[2, 14]]);
  });

  it('wraps images but never a form XObject, which may hold tagged content of its own', () => {
    expect(wrapped('q /Im1 Do Q q /Fm1 Do Q')).toBe('q\n/Artifact BMC\n /Im1 Do\nEMC Q q /Fm1 Do Q');
  });

  it('ends a stretch before the operands of marked content, and handles nesting', () => {
    expect(wrapped('0 0 1 1 re f /Span <</MCID 1>> BDC /X BMC 0 0 1 1 re f EMC EMC 0 0 2 2 re f')).toBe(
      '\n/Artifact BMC\n0 0 1 1 re f\nEMC /Span <</MCID 1>> BDC /X BMC 0 0 1 1 re f EMC EMC\n/Artifact BMC\n 0 0 2 2 re f\nEMC',
    );
  });

  it('leaves alone what it does not handle: inline images, unbalanced marked content', () => {
    expect(unmarkedStretches('q BI /W 1 /H 1 ID x EI Q', images)).toBeNull();
    expect(unmarkedStretches('/P BMC 0 0 1 1 re f', images)).toBeNull();
    expect(unmarkedStretches('EMC', images)).toBeNull();
  });
});
