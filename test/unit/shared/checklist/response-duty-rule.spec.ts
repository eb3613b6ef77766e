import { describe, expect, it } from 'vitest';
import { checkResponseDuty } from '../../../../shared/checklist/response-duty-rule';
import { localDate, localTime } from '../../../../shared/domain/local-time';
import { duty, volunteer } from '../roster/builders';
import { facebook, post } from './builders';

const anna = volunteer('Anna');
const goesOut = post({ date: localDate('2026-06-20'), time: localTime('12:00'), channelIds: ['fb'], status: 'approved' });

describe('someone on response duty when the post goes out', () => {
  it('is done when the roster has someone on response duty for the post’s window, and says who', () => {
    const outcome = checkResponseDuty(goesOut, [duty('anna', '2026-06-15', '2026-06-21'), duty('anna', '2026-06-22', '2026-06-28')], [anna], [facebook], 48);
    expect(outcome).toEqual({ state: 'done', findings: [{ key: 'onDuty', params: { names: 'Anna' }, severity: 'info' }] });
  });

  it('is done when the post names its own responder', () => {
    expect(checkResponseDuty({ ...goesOut, responderId: 'anna' }, [], [anna], [facebook], 48).state).toBe('done');
  });

  it('is open when days of the window have nobody, naming the channel and the days', () => {
    const outcome = checkResponseDuty(goesOut, [duty('anna', '2026-06-15', '2026-06-21')], [anna], [facebook], 48);
    expect(outcome).toEqual({ state: 'open', findings: [{ key: 'uncovered', params: { channel: 'Facebook-sivu', days: '2026-06-22' }, severity: 'problem' }] });
  });

  it('is open for a post without a date, and does not apply to a cancelled one', () => {
    expect(checkResponseDuty({ ...goesOut, date: null, time: null }, [], [anna], [facebook], 48)).toMatchObject({ state: 'open', findings: [{ key: 'noDate' }] });
    expect(checkResponseDuty({ ...goesOut, status: 'cancelled' }, [], [anna], [facebook], 48).state).toBe('not-applicable');
  });
});
