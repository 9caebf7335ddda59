import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ReviewDataProvider } from '../providers/dataProvider';

/** A JSON endpoint beside the REST resources, cached by react-query like react-admin's own. */
export function useApiJson<T>(path: string) {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  return useQuery({
    queryKey: ['api', path],
    queryFn: () => dataProvider.getJson<T>(path),
  });
}
