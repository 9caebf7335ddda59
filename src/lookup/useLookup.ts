import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import { LOOKUP_LIMITS } from '../domain/lookup';
import type { ReviewDataProvider } from '../providers/dataProvider';
import type { LookupAnswer } from '../domain/lookup';

/** The lookup's answer for what is typed, asked 250 ms after the user stops typing. */
export function useLookup(text: string) {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const [query, setQuery] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const enabled = [...query].length >= LOOKUP_LIMITS.minQuery;
  const result = useQuery({
    queryKey: ['lookup', query],
    queryFn: () => dataProvider.getJson<LookupAnswer>(`/lookup?q=${encodeURIComponent(query)}`),
    enabled,
    staleTime: 10_000,
    retry: false,
  });
  return { ...result, query, enabled, settled: query === text.trim() };
}
