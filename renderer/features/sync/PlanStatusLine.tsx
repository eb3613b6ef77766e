import { usePlanConflicts, usePlanStatus } from '../../api/plan-queries';
import { useSyncText } from './use-sync-text';
import styles from './sync.module.css';

/**
 * "Last change from Anna, 10 min ago · plan folder: …" (issue 13 item 4), a warning when
 * this laptop's changes wait with nothing arriving from the folder, the people and laptops
 * seen, and edits lost to a delete on another laptop.
 */
export function PlanStatusLine() {
  const text = useSyncText();
  const status = usePlanStatus().data;
  const conflicts = usePlanConflicts().data;
  const lost = conflicts?.editedWhileDeleted ?? [];
  const both = conflicts?.movedWhileDeleted ?? [];

  if (!status) return null;
  const last = status.lastChange;
  return (
    <footer className={styles.statusLine} aria-label={text.t('status.label')}>
      <details>
        <summary>
          {last ? text.t('status.lastChange', { name: text.name(last), ago: text.ago(last.at) }) : text.t('status.noChange')} · {text.t('status.planFolder', { path: status.planDir })}
        </summary>
        <h3>{text.t('status.seen')}</h3>
        <ul>
          {status.people.map((person) => (
            <li key={person.name}>{text.t('status.person', { name: person.name || text.t('status.someone'), count: person.laptops, ago: text.ago(person.lastChangeAt) })}</li>
          ))}
        </ul>
      </details>
      {status.waiting ? (
        <p role="alert" className={styles.waiting}>
          {text.t('status.waiting', { count: status.waiting.changes, since: text.ago(status.waiting.since) })}
        </p>
      ) : null}
      {lost.length + both.length > 0 ? <LostEdits lost={lost} both={both} /> : null}
    </footer>
  );
}

type Conflicts = NonNullable<ReturnType<typeof usePlanConflicts>['data']>;

/** A post moved away is not in the trash: where it went is what the person looks for. */
const gone = (movedTo: string | null) => (movedTo === null ? 'twoVersions.deleted' : movedTo === 'undated' ? 'twoVersions.movedUndated' : 'twoVersions.moved');

/**
 * Posts deleted (or moved away) on one laptop while another edited them, named as they were
 * when they left; and posts moved on one laptop while deleted on another, in both places.
 */
function LostEdits({ lost, both }: { lost: Conflicts['editedWhileDeleted']; both: Conflicts['movedWhileDeleted'] }) {
  const text = useSyncText();
  return (
    <section className={styles.lost}>
      <h3>{text.t('status.lostEdits')}</h3>
      <ul>
        {lost.map((entry) => (
          <li key={`${entry.postId}-${entry.deletedAt}`}>
            {text.t(gone(entry.movedTo), { title: entry.title ?? '…', name: text.name({ author: entry.deletedBy, at: entry.deletedAt }), editors: entry.editedBy.map(text.name).join(', '), month: entry.movedTo && text.month(entry.movedTo) })}
          </li>
        ))}
        {both.map((entry) => (
          <li key={`${entry.postId}-both`}>
            {text.t('twoVersions.movedWhileDeleted', { title: entry.title, name: text.name({ author: entry.deletedBy, at: entry.deletedAt }), mover: text.name({ author: entry.movedBy, at: entry.movedAt }), where: text.month(entry.month) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
