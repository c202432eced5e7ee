/** What a control needs to be tied to its label and its note (hint or error). */
export type FieldWiring = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type FieldFrameProps = {
  label: string;
  id: string;
  errors?: string[];
  hint?: string;
  children: (wiring: FieldWiring) => React.ReactNode;
};

/**
 * The label, the control and a note under it that announces its error. The
 * note sits outside the <label>: inside, screen readers would read the error
 * as part of the field's name and again as its description. Pico paints
 * aria-invalid="false" green, so the attribute is left off until there is an error.
 */
export function FieldFrame({ label, id, errors, hint, children }: FieldFrameProps) {
  const error = errors?.[0];
  const noteId = `${id}-note`;
  const wiring: FieldWiring = { id, "aria-invalid": error ? true : undefined, "aria-describedby": error || hint ? noteId : undefined };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(wiring)}
      <small id={noteId} aria-live="polite">
        {error ?? hint}
      </small>
    </div>
  );
}
