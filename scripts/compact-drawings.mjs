// The charts' drawings made lighter before the build writes them into the page (scripts/prerender.mjs): Recharts
// draws for React, which diffs its elements, not for a parser reading them from the page's HTML. A figure of the first
// view holds a drawing for each of up to nine screens, and the browser parses them all before its first paint (those
// of the Centre's cards); what is taken out draws nothing:
// - a group with nothing in it (an axis's tick lines where it has none, an empty layer of Recharts' z-order), nor an
//   id that anything could point to;
// - the attributes Recharts passes to a line or a path from the shape it was made from (x, y, width, height; its
//   radius, angle and orientation), which a line or a path does not have.
// The numbers stay as they are, float noise included (227.50000000000003): a line drawn on a pixel's edge falls on
// one side of it or the other by as little, and the live chart then draws it where the pre-rendered one was.
// Run in the page (its policy lets it rebuild no function from source): it imports nothing.

/** Makes the drawings of the charts in `root` lighter; returns how many groups and attributes it took out. */
export function compactDrawings(root) {
  const notTheirs = {
    line: ['x', 'y', 'width', 'height', 'radius', 'angle', 'orientation'],
    path: ['x', 'y', 'width', 'height', 'radius', 'angle', 'orientation'],
  };
  const counts = { groups: 0, attributes: 0 };
  for (const svg of root.querySelectorAll('figure.chart svg')) {
    for (const element of svg.querySelectorAll('*')) {
      for (const name of notTheirs[element.localName] ?? [])
        if (element.hasAttribute(name)) {
          element.removeAttribute(name);
          counts.attributes += 1;
        }
    }
    // Innermost first, so that a group left empty by its own empty groups goes too.
    for (const group of [...svg.querySelectorAll('g')].reverse())
      if (group.children.length === 0 && group.textContent.trim() === '' && !group.hasAttribute('id')) {
        group.remove();
        counts.groups += 1;
      }
  }
  return counts;
}
