/** Built by the next step of issue 13. */
export function Client360() {
  return <h1>Client360</h1>;
}
