/** A table with a row of column headings, scrolling sideways on a narrow screen instead of widening the page. */
export function ColumnTable({
  className,
  columns,
  children,
}: {
  className: string;
  columns: readonly string[];
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-auto">
      <table className={className}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
