import { queryOptions } from '@tanstack/react-query';

import { ApiError, toApiError } from '@/lib/api-client';

/** The BPMN 2.0 XML of a deployed process model (`change_request`, `release`). */
export async function getDiagram(
  processId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/processes/${encodeURIComponent(processId)}/diagram`, {
      headers: { Accept: 'application/xml, application/problem+json' },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'The server could not be reached.',
    });
  }
  if (!response.ok) throw await toApiError(response);
  return response.text();
}

export function getDiagramQueryOptions(processId: string) {
  return queryOptions({
    queryKey: ['processes', processId, 'diagram'],
    queryFn: ({ signal }) => getDiagram(processId, { signal }),
    // A deployed model only changes with a new version of the app.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
