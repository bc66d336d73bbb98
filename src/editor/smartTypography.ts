import { Extension, textInputRule, type InputRule } from '@tiptap/core';

export interface SmartTypographyOptions {
  /** Replace straight quotes, `--` and `...` as the user types. Default true. */
  enabled: boolean;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    smartTypography: {
      /** Turns smart quotes and dashes on or off for this editor. */
      setSmartTypography: (enabled: boolean) => ReturnType;
    };
  }
  interface Storage {
    smartTypography: { enabled: boolean };
  }
}

/** A quote opens after the start of a block, a space or an opening bracket; anywhere else it closes. */
const OPENS_AFTER = String.raw`(?:^|[\s{[(<\u2018\u201C\u2014])`;

/**
 * Written here rather than taken from @tiptap/extension-typography, which lags at 3.31 and
 * conflicts with the rest of TipTap 3.34. Only the replacements a newsroom wants: curly quotes,
 * the apostrophe, the em dash and the ellipsis (no fractions, arrows or trademark signs).
 */
const RULES: readonly { find: RegExp; replace: string }[] = [
  { find: /--$/, replace: '\u2014' },
  { find: /\.\.\.$/, replace: '\u2026' },
  { find: new RegExp(`${OPENS_AFTER}(")$`), replace: '\u201C' },
  { find: /"$/, replace: '\u201D' },
  { find: new RegExp(`${OPENS_AFTER}(')$`), replace: '\u2018' },
  { find: /'$/, replace: '\u2019' },
];

/** Smart quotes and dashes as you type, with a switch (`setSmartTypography`) to turn them off. */
export const SmartTypography = Extension.create<SmartTypographyOptions, { enabled: boolean }>({
  name: 'smartTypography',

  addOptions() {
    return { enabled: true };
  },

  addStorage() {
    return { enabled: this.options.enabled };
  },

  addCommands() {
    return {
      setSmartTypography:
        (enabled) =>
        () => {
          this.storage.enabled = enabled;
          return true;
        },
    };
  },

  addInputRules() {
    const storage = this.storage;
    return RULES.map(({ find, replace }): InputRule => {
      const rule = textInputRule({ find, replace });
      const replaceText = rule.handler;
      // Returning null tells TipTap the rule did not apply, so the typed character goes in as is.
      rule.handler = (props) => (storage.enabled ? replaceText(props) : null);
      return rule;
    });
  },
});
