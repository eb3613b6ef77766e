import { createContext, useContext } from 'react';
import type { RendererApi } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/contract-kit';

export const ApiContext = createContext<RendererApi | null>(null);

export function useApi(): RendererApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}

/** An API failure, thrown so that react-query sees it; the error value is kept whole. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export async function unwrap<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new ApiCallError(settled.error);
  return settled.value;
}
