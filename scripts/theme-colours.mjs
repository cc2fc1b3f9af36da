// The first view in both themes: the build draws it in the light theme and in the dark one (scripts/prerender.mjs).
// The two are the same markup but for the colours the app writes itself (a bar's fill, a shaded cell's background and
// text, a region of the map); the rest of the page takes its colours from the stylesheet, which follows the theme.
// Each colour that differs is read from a custom property, whose fallback is the light colour and which the head sets
// for the dark theme, so that one pre-rendered page shows the colours of the theme scripts/first-view.js chose before
// it paints.

/**
 * The elements of `root` in document order, as `themeColours` compares them (run in the page): each its tag, its own
 * text (that of its text children, joined), then its attributes as [name, value] pairs, in order.
 */
export function elementsOf(root) {
  return [...root.querySelectorAll('*')].map((element) => [
    element.tagName,
    [...element.childNodes]
      .filter((node) => node.nodeType === 3)
      .map((node) => node.nodeValue)
      .join(''),
    ...[...element.attributes].map((attribute) => [attribute.name, attribute.value]),
  ]);
}

// The attributes whose value is a colour that CSS can set as a property of the same name (SVG presentation
// attributes); an inline style can, whatever its property.
const COLOUR_ATTRIBUTES = new Set(['fill', 'stroke', 'color', 'stop-color', 'flood-color', 'lighting-color']);
const COLOUR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%/]+\)|hsla?\([\d\s.,%/deg]+\))$/i;

/** The declarations of an inline style, as [property, value] pairs (no value the app writes holds a `;`). */
const declarations = (style) =>
  style
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      // A part without a property: a `;` within a value (a data: address), which the comparison refuses.
      return colon < 0 ? [part, null] : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });

// A colour within a value (a border's, a gradient's): split on this, the colours are the odd parts.
const COLOURS_WITHIN = /(#[0-9a-f]{3,8}\b|rgba?\([^()]*\)|hsla?\([^()]*\))/i;

/**
 * A function that writes, in an attribute's value of the dark page, the ids that the light page names otherwise as
 * the light page names them: the ids React numbers as it renders (`_r_9_`), which two renders may number otherwise,
 * an id that names its theme (the hatching of estimates, `estimate-hatch-dark`), and what points at them
 * (`aria-describedby`, `fill="url(#estimate-hatch-dark)"`). The light page's ids are the ones the pre-render keeps.
 */
function idsAsLight(light, dark) {
  const renamed = new Map();
  const idOf = (entry) => entry.slice(2).find(([name]) => name === 'id')?.[1];
  light.forEach((element, index) => {
    const [lightId, darkId] = [idOf(element), idOf(dark[index] ?? ['', ''])];
    if (lightId !== undefined && darkId !== undefined && lightId !== darkId) renamed.set(darkId, lightId);
  });
  // An id is a whole value, or one of a list, or follows a `#`.
  return (value) =>
    renamed.size === 0
      ? value
      : value.replace(/(^|[\s#])([^\s#()"',]+)/g, (whole, before, id) =>
          renamed.has(id) ? `${before}${renamed.get(id)}` : whole,
        );
}

/** The custom property the page reads a theme's colour from. */
export const colourProperty = (index) => `--first-view-colour-${index}`;

/**
 * A colour as rgb(r, g, b) when written #rgb or #rrggbb, else as it is, in lower case, with one space after each comma
 * and none elsewhere around them.
 */
function sameNotation(colour) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour);
  if (hex === null)
    return colour
      .toLowerCase()
      .replace(/\s*,\s*/g, ', ')
      .replace(/\s+/g, ' ');
  const digits = hex[1].length === 3 ? [...hex[1]].map((digit) => digit + digit) : hex[1].match(/../g);
  return `rgb(${digits.map((pair) => parseInt(pair, 16)).join(', ')})`;
}

/** A pair of colours (light and dark) as `themeColours` tells pairs apart, however each colour was written. */
export const colourPairKey = ({ light, dark }) => `${sameNotation(light)} ${sameNotation(dark)}`;

/**
 * Compares the elements of the light first view with those of the dark one, tag, text and attributes. Returns the
 * colours that differ, each once (`colours`: light and dark), and what the light page's elements get (`edits`: the
 * element's index and tag, a CSS property and its value, where each colour that differs is read from its custom
 * property; none for a colour attribute whose property the element's inline style sets, which shows instead); or, when
 * the two differ otherwise, `problem`: the first place where they do, in words.
 */
export function themeColours(light, dark) {
  if (light.length !== dark.length)
    return { problem: `${light.length} elements in the light theme, ${dark.length} in the dark one` };
  const colours = [];
  const known = new Map();
  const edits = [];
  // Each pair of colours once, however the app wrote them (#2f5d8a in an attribute, rgb(47, 93, 138) in a style). The
  // light colour is the fallback: the page shows it where the head's rules are missing.
  const variable = (lightColour, darkColour) => {
    const key = colourPairKey({ light: lightColour, dark: darkColour });
    if (!known.has(key)) {
      known.set(key, colours.length);
      colours.push({ light: lightColour, dark: darkColour });
    }
    return `var(${colourProperty(known.get(key))}, ${lightColour})`;
  };
  // The light value with each colour that differs in the dark one read from its property, or null when the two differ
  // otherwise.
  const themed = (lightValue, darkValue) => {
    const lightParts = lightValue.split(COLOURS_WITHIN);
    const darkParts = darkValue.split(COLOURS_WITHIN);
    if (lightParts.length !== darkParts.length) return null;
    const parts = [];
    for (let at = 0; at < lightParts.length; at += 1) {
      if (lightParts[at] === darkParts[at]) parts.push(lightParts[at]);
      // A colour, but not an id that looks like one (`url(#abc123)`), which no property could hold.
      else if (at % 2 === 1 && !/url\(\s*["']?$/i.test(lightParts[at - 1] ?? ''))
        parts.push(variable(lightParts[at], darkParts[at]));
      else return null;
    }
    return parts.join('');
  };
  const sameIds = idsAsLight(light, dark);
  for (let element = 0; element < light.length; element += 1) {
    const [lightTag, lightText, ...lightAttributes] = light[element];
    const [darkTag, darkText, ...darkAttributes] = dark[element].map((entry, index) =>
      index < 2 ? entry : [entry[0], sameIds(entry[1])],
    );
    const tag = lightTag.toLowerCase();
    const where = `element ${element} (<${tag}>)`;
    if (lightTag !== darkTag || lightAttributes.length !== darkAttributes.length)
      return { problem: `${where}: <${darkTag.toLowerCase()}> or other attributes in the dark theme` };
    if (lightText !== darkText)
      return { problem: `${where}: the text « ${lightText} », « ${darkText} » in the dark theme` };
    // A property its inline style sets: an attribute of the same name shows nothing, and is left as it is.
    const styled = new Set(
      declarations(lightAttributes.find(([name]) => name === 'style')?.[1] ?? '').map(
        ([property]) => property,
      ),
    );
    for (let index = 0; index < lightAttributes.length; index += 1) {
      const [name, lightValue] = lightAttributes[index];
      const [darkName, darkValue] = darkAttributes[index];
      const differs = `${where}: ${name}="${lightValue}", "${darkValue}" in the dark theme`;
      if (name !== darkName) return { problem: `${where}: attribute ${name}, ${darkName} in the dark theme` };
      if (lightValue === darkValue) continue;
      if (name === 'style') {
        const lightStyle = declarations(lightValue);
        const darkStyle = declarations(darkValue);
        if (lightStyle.length !== darkStyle.length) return { problem: differs };
        for (let at = 0; at < lightStyle.length; at += 1) {
          const [property, lightDeclared] = lightStyle[at];
          const [darkProperty, darkDeclared] = darkStyle[at];
          if (lightDeclared === null || darkDeclared === null) return { problem: differs };
          if (property === darkProperty && lightDeclared === darkDeclared) continue;
          const value = property === darkProperty ? themed(lightDeclared, darkDeclared) : null;
          if (value === null) return { problem: differs };
          edits.push({ element, tag, property, value });
        }
      } else if (COLOUR_ATTRIBUTES.has(name) && COLOUR.test(lightValue) && COLOUR.test(darkValue)) {
        if (!styled.has(name))
          edits.push({ element, tag, property: name, value: variable(lightValue, darkValue) });
      } else {
        return { problem: differs };
      }
    }
  }
  return { colours, edits };
}

/**
 * Sets on the elements of `root` (the light first view) what `themeColours` found for them (run in the page). An inline
 * style wins over a presentation attribute, whose light colour stays for a page read without the stylesheet.
 */
export function applyThemeColours(root, edits) {
  const elements = [...root.querySelectorAll('*')];
  for (const { element, tag, property, value } of edits) {
    const target = elements[element];
    if (target?.tagName.toLowerCase() !== tag)
      throw new Error(
        `No <${tag}> at element ${element} of the first view (${target === undefined ? 'none' : `<${target.tagName.toLowerCase()}>`}): ` +
          'the page changed since it was compared',
      );
    target.style.setProperty(property, value);
    if (target.style.getPropertyValue(property) === '')
      throw new Error(`<${tag}> at element ${element} of the first view refuses ${property}: ${value}`);
  }
}

/**
 * The rule that gives each colour its value in the dark theme, the page's theme being set on <html> (data-theme); in
 * the light one, each takes its fallback, the light colour.
 */
export function themeColourRules(colours) {
  if (colours.length === 0) return '';
  const values = colours
    .map(({ light, dark }, index) => {
      for (const value of [light, dark]) if (!COLOUR.test(value)) throw new Error(`Not a colour: ${value}`);
      return `${colourProperty(index)}: ${dark};`;
    })
    .join(' ');
  return `:root[data-theme='dark'] { ${values} }`;
}
