import { describe, expect, it } from 'vitest';
import type { useTranslation } from 'react-i18next';
import { formattersIn } from '../../../../renderer/components/use-formatters';
import { localDate } from '../../../../shared/domain/local-time';

type T = ReturnType<typeof useTranslation<'calendar'>>['t'];
const t = ((key: string) => key) as unknown as T;

describe('the month heading', () => {
  it('is lower case in Swedish, as Swedish writes months; capitalised in Finnish and English', () => {
    const day = localDate('2026-12-14');
    const heading = (language: 'fi' | 'sv' | 'en') => [formattersIn(language, t).monthTitle(day), formattersIn(language, t).period('month', day, localDate('2026-12-01'), 2)];
    expect(heading('sv')).toEqual(['december 2026', 'december 2026']);
    expect(heading('fi')).toEqual(['Joulukuu 2026', 'Joulukuu 2026']);
    expect(heading('en')).toEqual(['December 2026', 'December 2026']);
  });
});
