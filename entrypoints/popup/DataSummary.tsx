/** Live counts from the database; filled in by the data layer (issue 3). */
export function DataSummary() {
  return <section className="card" data-zettel="data-summary" />;
}
