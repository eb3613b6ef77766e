import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { RendererApi } from '../../shared/api/contract';
import { ApiContext } from '../api/api-context';
import { useUiLanguage } from '../api/preferences-queries';
import { applyLanguage } from '../i18n/i18n';
import { FeatureSlotsProvider } from '../entities/feature-slots';
import { PostFlagProviders } from '../entities/post-flags';
import { AppShell } from './AppShell';
import { featureSlots } from './feature-slots';
import { postFlagProviders } from './post-flag-providers';

function LanguageFollowsPreference() {
  const { language } = useUiLanguage();
  useEffect(() => {
    if (language) void applyLanguage(language);
  }, [language]);
  return null;
}

export function App({ api, queryClient }: { api: RendererApi; queryClient: QueryClient }) {
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <LanguageFollowsPreference />
        <FeatureSlotsProvider value={featureSlots}>
          <PostFlagProviders value={postFlagProviders}>
            <AppShell />
          </PostFlagProviders>
        </FeatureSlotsProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
