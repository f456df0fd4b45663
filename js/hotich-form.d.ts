// Types of hotich-form.js, the form layer of hotich (written by hand).

/** The kinds of record hotich checks. */
export type Kind = 'birth' | 'marriage' | 'death';

/** The languages of the messages. */
export type Locale = 'vi' | 'en';

/** One finding about the record, as `validate()` of hotich.js returns it. */
export interface Issue {
  /** The dotted path of the field, e.g. "child.personalId". */
  path: string;
  /** The rule, e.g. "id.sex"; "constraint" for the browser's or page's own constraint of an unbound control. */
  code: string;
  /** Errors block submitting; warnings are asked about once. */
  severity: 'error' | 'warning';
  /** What is wrong and what to do, in the chosen locale. */
  message: string;
  /** The other fields a cross-field rule compared. */
  related?: string[];
  /** A repaired value (name.encoding, name.mixed_script), offered as a button. */
  suggestion?: string;
}

/** What `validate()` of hotich.js returns. */
export interface Report {
  valid: boolean;
  issues: Issue[];
  normalized: Record<string, unknown>;
}

export interface AttachOptions {
  /** The kind of record the form holds. */
  kind: Kind;
  /**
   * The form's own control names mapped to record paths, for forms whose
   * markup cannot carry data-hotich attributes:
   * `{ ben_nam_ho_ten: 'husband.fullName' }`.
   */
  map?: Record<string, string>;
  /** The language of the messages and of the summary; default "vi". */
  locale?: Locale;
  /** The date the rules take as today, "YYYY-MM-DD"; default: today in Vietnam. */
  today?: string;
  /** Where hotich.js is; default: beside hotich-form.js. */
  moduleUrl?: string | URL;
}

export interface ValidateOptions {
  /** Also show the errors as a submit would (summary, focus, title). */
  show?: boolean;
}

export interface CheckEventDetail { report: Report }
export interface IssuesEventDetail { issues: Issue[] }
export interface UnavailableEventDetail { error: unknown }

export interface FormHandleEventMap {
  /** The validator is loaded and the form has been checked once. */
  ready: CustomEvent<null>;
  /** Every check: on input, on submit, on validate(). */
  check: CustomEvent<CheckEventDetail>;
  /** A submit was blocked by errors; the summary has focus. */
  invalid: CustomEvent<IssuesEventDetail>;
  /** A submit was paused to ask about these warnings (once). */
  confirm: CustomEvent<IssuesEventDetail>;
  /** The validator could not be loaded or failed twice: the layer stepped aside. */
  unavailable: CustomEvent<UnavailableEventDetail>;
}

export interface FormHandle extends EventTarget {
  /** Resolves true once the validator is ready, false if the layer stepped aside or was detached first. */
  readonly ready: Promise<boolean>;
  /** The current language of the messages. */
  readonly locale: Locale;
  /** Checks the form now; null while the validator is not available. */
  validate(options?: ValidateOptions): Report | null;
  /** Switches the language of what is shown. */
  setLocale(locale: Locale): void;
  /** Removes every listener, message and custom validity. */
  detach(): void;
  addEventListener<K extends keyof FormHandleEventMap>(
    type: K, listener: (this: FormHandle, event: FormHandleEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof FormHandleEventMap>(
    type: K, listener: (this: FormHandle, event: FormHandleEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions): void;
}

/**
 * Binds an existing form to hotich. Fields are found by `data-hotich="path"`
 * (on a control, or on a fieldset of radios) and by `options.map`.
 * Throws a TypeError for a non-form or bad options.
 */
export function attach(form: HTMLFormElement, options: AttachOptions): FormHandle;
