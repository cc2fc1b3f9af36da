import { describe, expect, it } from 'vitest';
import { tooltipPlacement } from '../../../../src/components/charts/map-tooltip';

describe('tooltipPlacement', () => {
  it('opens above a point, centred, and keeps within the width near the edges', () => {
    expect(tooltipPlacement({ x: 300, y: 400 }, 600)).toEqual({
      left: 300,
      top: 382,
      transform: 'translate(-50%, -100%)',
    });
    expect(tooltipPlacement({ x: 20, y: 400 }, 600).transform).toBe('translate(-10%, -100%)');
    expect(tooltipPlacement({ x: 590, y: 400 }, 600).transform).toBe('translate(-90%, -100%)');
  });

  it('opens under a point near the top, where there is no room above', () => {
    expect(tooltipPlacement({ x: 300, y: 60 }, 600)).toEqual({
      left: 300,
      top: 78,
      transform: 'translate(-50%, 0)',
    });
  });
});
