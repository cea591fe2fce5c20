import { usePersonName } from '@/hooks/use-person-name';

/** A person's name where only a username is at hand (a table cell, a column definition). */
export function PersonName({ username }: { username: string }) {
  const personName = usePersonName();
  return personName(username);
}
