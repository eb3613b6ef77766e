import { ChannelResults, MonthResult } from '../results/channel-results';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';

/** Results per channel and month (issue 16 item 5): small enough to travel whole. A month saved with no number is removed. */
export const resultsContract = {
  'results:list': channel(NoInput, ChannelResults),
  'results:save': channel(MonthResult, ChannelResults),
};
