import { useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useMessages } from '../../../i18n';
import { departmentPathNames } from '../../../people/departments';
import type { Presence } from '../../../people/presence';
import type { Department, Person } from '../../../people/types';
import { directoryMessages } from '../messages';
import { PeopleList, type ListRow, type PeopleListHandle } from './PeopleList';
import { PersonCard } from './PersonCard';

export interface DirectoryResultsProps {
  /** Rows in the list; with none, `renderEmpty` shows instead (a skeleton, the empty state or nothing). */
  count: number;
  rowAt: (index: number) => ListRow | null;
  renderEmpty: () => ReactNode;
  /** The person the card shows for an id, as the directory knows them now; null when unknown. */
  cardFor: (id: number) => { person: Person; presence: Presence } | null;
  departmentsById: ReadonlyMap<number, Department>;
  meId: number | null;
  now: number;
  listRef: Ref<PeopleListHandle>;
  onWindowChange: (first: number, last: number) => void;
  /** A new list (other search or filter): the list goes back to the top. */
  resetKey: string;
  onOtherKey: (ev: KeyboardEvent) => void;
}

/** The list of people (or what stands in for it while it is empty) and the card of the person opened from it. */
export function DirectoryResults({ count, rowAt, renderEmpty, cardFor, departmentsById, meId, now, listRef, onWindowChange, resetKey, onOtherKey }: DirectoryResultsProps) {
  const m = useMessages(directoryMessages);
  const [openId, setOpenId] = useState<number | null>(null);
  const open = openId === null ? null : cardFor(openId);
  const openPerson = open?.person ?? null;

  return (
    <>
      {count === 0 ? (
        renderEmpty()
      ) : (
        <PeopleList
          handle={listRef}
          count={count}
          rowAt={rowAt}
          label={m.listLabel}
          placeholderLabel={m.loadingRow}
          meId={meId}
          now={now}
          onOpen={(person) => setOpenId(person.id)}
          onWindowChange={onWindowChange}
          resetKey={resetKey}
          onOtherKey={onOtherKey}
        />
      )}
      <PersonCard
        person={openPerson}
        presence={open?.presence ?? null}
        departmentPaths={openPerson ? departmentPathNames(openPerson, departmentsById) : []}
        isMe={openPerson?.id === meId}
        now={now}
        onClose={() => setOpenId(null)}
      />
    </>
  );
}
