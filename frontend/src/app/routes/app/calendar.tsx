import { CalendarPage } from '@/features/calendar/components/calendar-page';

/** Everyone signed in reads the calendar. */
export function CalendarRoute() {
  return <CalendarPage />;
}
