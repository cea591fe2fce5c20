import {
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  NavLink,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';

export type LayoutNavItem = { label: string; path: string; count?: number; overdue?: number };

function NavCount({ count, overdue }: { count?: number; overdue?: number }) {
  if (!count && !overdue) return undefined;
  return (
    <Group gap={4} wrap="nowrap">
      {count ? (
        <Badge size="sm" variant="filled" aria-label={`${count} open`}>
          {count}
        </Badge>
      ) : null}
      {overdue ? (
        <Badge size="sm" variant="filled" color="red" aria-label={`${overdue} overdue`}>
          {overdue}
        </Badge>
      ) : null}
    </Group>
  );
}

const NAVBAR_BREAKPOINT = 'md';

type AppLayoutProps = {
  /** Undefined while the signed-in user is still loading. */
  user?: { displayName: string; roleLabels: string[] };
  navigation?: LayoutNavItem[];
  /** Controls for the header, left of the user (the notifications bell, say). */
  headerActions?: ReactNode;
  onLogout: () => void;
  loggingOut?: boolean;
  children: ReactNode;
};

export function AppLayout({
  user,
  navigation,
  headerActions,
  onLogout,
  loggingOut,
  children,
}: AppLayoutProps) {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();

  return (
    <AppShell
      header={{ height: 60 }}
      // Below md (992 px) the navigation folds behind the burger: on a tablet the page needs the
      // width more than the menu does.
      navbar={{ width: 220, breakpoint: NAVBAR_BREAKPOINT, collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom={NAVBAR_BREAKPOINT}
              size="sm"
              aria-label="Toggle navigation"
            />
            <Title order={1} size="h3">
              Changeflow
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            {headerActions}
            {user ? (
              <Stack gap={2} align="flex-end" visibleFrom="xs">
                <Text size="sm" fw={600}>
                  {user.displayName}
                </Text>
                <Group gap={4} aria-label="Your roles">
                  {user.roleLabels.map((label) => (
                    <Badge key={label} size="xs" variant="light">
                      {label}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            ) : (
              <Skeleton height={32} width={140} />
            )}
            <Button variant="default" size="xs" onClick={onLogout} loading={loggingOut}>
              Log out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {navigation
          ? navigation.map((item) => (
              <NavLink
                key={item.path}
                component={RouterNavLink}
                to={item.path}
                label={item.label}
                rightSection={<NavCount count={item.count} overdue={item.overdue} />}
                active={pathname === item.path || pathname.startsWith(`${item.path}/`)}
                onClick={close}
              />
            ))
          : Array.from({ length: 4 }, (_, i) => <Skeleton key={i} height={28} mb="xs" />)}
      </AppShell.Navbar>

      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
