/*
 * `npm run lint:css`. Colours are written out in one file only, renderer/styles/tokens.css:
 * everywhere else a colour is a token (var(--…)), so a theme or a contrast fix is one edit.
 */
const colourFunctions = ['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'];

export default {
  extends: ['stylelint-config-standard'],
  rules: {
    'color-no-hex': true,
    'color-named': 'never',
    'function-disallowed-list': colourFunctions,
    // Features are CSS Modules (their class names are their own), so source order across files no longer decides a match.
    'no-descending-specificity': null,
    // A CSS Module reaches a shared class (components.css) through :global(.name).
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
  },
  overrides: [
    {
      files: ['renderer/styles/tokens.css'],
      rules: { 'color-no-hex': null, 'color-named': null, 'function-disallowed-list': null },
    },
  ],
};
