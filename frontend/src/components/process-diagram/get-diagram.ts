import { queryOptions } from '@tanstack/react-query';

import { ApiError, toApiError } from '@/lib/api-client';

/**
 * The BPMN 2.0 XML of a deployed process model (`change_request`, `release`): the version an
 * instance runs (its `modelVersion`), or without one the version new instances start on.
 */
export async function getDiagram(
  processId: string,
  version?: number | null,
  { signal }: { signal?: AbortSignal } = {},
): Promise<string> {
  const query = version == null ? '' : `?version=${version}`;
  let response: Response;
  try {
    response = await fetch(`/api/processes/${encodeURIComponent(processId)}/diagram${query}`, {
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

export function getDiagramQueryOptions(processId: string, version?: number | null) {
  return queryOptions({
    queryKey: ['processes', processId, 'diagram', version ?? 'current'],
    queryFn: ({ signal }) => getDiagram(processId, version, { signal }),
    // A model version never changes; the current one only with a new version of the app.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
