/** Built by the next step of issue 13. */
export function Clients() {
  return <h1>Clients</h1>;
}
