import type { ReactNode } from 'react';

export type Column<Row> = { header: ReactNode; cell: (row: Row) => ReactNode; className?: string };

/** The studio's lists: one row per record, a header per column. */
export function DataTable<Row extends { id: number | string }>({ columns, rows }: { columns: Column<Row>[]; rows: Row[] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((column, index) => (
              <td key={index} className={column.className}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
