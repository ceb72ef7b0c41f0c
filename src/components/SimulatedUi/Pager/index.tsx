// Previous / next for long lists (only shown when there is more than one page).
import type { Page } from '../../../playground/ui/paging';
import styles from './styles.module.css';

export default function Pager<T>({
  page,
  onPage,
  label,
}: {
  page: Page<T>;
  onPage: (page: number) => void;
  label: string;
}) {
  if (page.pageCount <= 1) return null;
  return (
    <nav className={styles.pager} aria-label={label}>
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={page.page === 0}
        onClick={() => onPage(page.page - 1)}
      >
        Previous
      </button>
      <span>
        Page {page.page + 1} of {page.pageCount} ({page.total})
      </span>
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={page.page >= page.pageCount - 1}
        onClick={() => onPage(page.page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
