import { Anchor } from '@mantine/core';

/**
 * A link that downloads the list as the filters select it, every page (the server caps a
 * download at 50,000 rows). A plain link: the browser sends the session cookie.
 */
export function CsvDownload({ href, label = 'Download CSV' }: { href: string; label?: string }) {
  return (
    <Anchor href={href} download size="sm">
      {label}
    </Anchor>
  );
}
