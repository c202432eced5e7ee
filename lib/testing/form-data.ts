/** A form as the browser would post it, for calling form actions directly in tests. */
export function formData(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
