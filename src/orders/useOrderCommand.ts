import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createElement, useRef } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { Order } from '../domain/types';
import { apiErrorCode, isTransientError } from '../providers/apiErrors';
import type { ReviewDataProvider } from '../providers/dataProvider';
import { newIdempotencyKey } from '../providers/idempotency';
import { dismissConflict } from '../reliability/conflictStore';
import { RetryMessage } from '../reliability/RetryMessage';
import { CONFLICT_CODES, useExplainConflict } from '../reliability/useExplainConflict';
import { orderQueryKey } from './orderQueryKey';

/** Refusals that mean "what you saw is out of date": show the order as it now is. */
const STALE_CODES = ['ALREADY_CLAIMED', 'VERSION_CONFLICT', 'INVALID_STATE', 'NOT_ASSIGNEE'];

type Command = (dataProvider: ReviewDataProvider, idempotencyKey: string) => Promise<Order | null>;

/** What the user asked for: the order it concerns, and a description of the request. */
export interface Intent {
  orderId?: string;
  /**
   * The request as the user made it (action and body). Sending the same intent again after a
   * network failure reuses the first attempt's idempotency key: if the first attempt did reach the
   * server, the repeat returns its answer instead of acting twice.
   */
  signature?: unknown;
}

/**
 * react-admin answers a request refused with 401 by signing the user out and resolving with an empty
 * `{data}` instead of the order: that is no success, and what the user typed must stay (as a draft).
 */
class SignedOutError extends Error {}

interface Attempt {
  command: Command;
  intent: Intent;
  signature: string;
  key: string;
}

/**
 * Runs one order action (claim, release, a note, a decision...) pessimistically: one idempotency
 * key per user intent (kept across retries of that intent), never two at once (a double click or a
 * repeated Enter sends one request), the answered order written into react-admin's cache (no stale
 * flash), lists and the timeline refetched. A refusal is explained in the user's language (a
 * conflict with what changed and by whom); a network failure offers Retry. The form that called
 * keeps what the user typed in every failure.
 */
export function useOrderCommand(options: {
  successMessage?: (order: Order) => { message: string; args?: Record<string, unknown> };
  onSuccess?: (order: Order | null) => void;
  onError?: (error: unknown) => void;
}) {
  const dataProvider = useDataProvider<ReviewDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  const explainConflict = useExplainConflict();
  const inFlight = useRef(false);
  // The attempt that failed in transit: its intent may be sent again with the same key.
  const unsettled = useRef<Attempt | null>(null);

  const mutation = useMutation<Order | null, Error, Attempt>({
    mutationFn: async (attempt) => {
      const order = await attempt.command(dataProvider, attempt.key);
      if (order !== null && typeof (order as Partial<Order>).id !== 'string') {
        throw new SignedOutError('signed out');
      }
      return order;
    },
    onSuccess: (order, attempt) => {
      unsettled.current = null;
      // The reviewer has acted on the order as it now is: the old explanation is done with.
      if (attempt.intent.orderId) dismissConflict(attempt.intent.orderId);
      if (order) {
        queryClient.setQueryData(orderQueryKey(order.id), order);
        const success = options.successMessage?.(order);
        if (success) notify(success.message, { type: 'success', messageArgs: success.args });
      }
      void queryClient.invalidateQueries({ queryKey: ['orders', 'getList'] });
      void queryClient.invalidateQueries({ queryKey: ['audit_events'] });
      options.onSuccess?.(order);
    },
    onError: (error, attempt) => {
      // The sign-in form takes over (and brings the user back); the form keeps its draft.
      if (error instanceof SignedOutError) return;
      options.onError?.(error);
      if (isTransientError(error)) {
        unsettled.current = attempt;
        const onRetry = () => send(attempt);
        notify(createElement(RetryMessage, { message: error.message, onRetry }), {
          type: 'error',
          autoHideDuration: 30_000,
        });
        return;
      }
      unsettled.current = null;
      const code = apiErrorCode(error);
      const orderId = attempt.intent.orderId;
      if (code && CONFLICT_CODES.includes(code) && orderId) {
        void explainConflict(orderId, error, translate('app.reliability.system'));
      } else {
        notify(error.message, { type: 'error', messageArgs: { _: error.message } });
      }
      if (code && STALE_CODES.includes(code)) {
        void queryClient.invalidateQueries({ queryKey: ['orders'] });
        void queryClient.invalidateQueries({ queryKey: ['audit_events'] });
        void queryClient.invalidateQueries({ queryKey: ['calls'] });
        void queryClient.invalidateQueries({ queryKey: ['materials'] });
      }
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  function send(attempt: Attempt) {
    // A second click, Enter pressed twice, or Retry while the first is on its way: one request.
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(attempt);
  }

  const run = (command: Command, intent: Intent = {}) => {
    const signature = JSON.stringify(intent.signature ?? null);
    const previous = unsettled.current;
    const key =
      previous && intent.signature !== undefined && previous.signature === signature
        ? previous.key
        : newIdempotencyKey();
    send({ command, intent, signature, key });
  };

  /** `POST /orders/:id/<action>` with this body, as one intent. */
  const runAction = (orderId: string, action: string, body: Record<string, unknown>) =>
    run((dp, idempotencyKey) => dp.orderAction(orderId, action, body, { idempotencyKey }), {
      orderId,
      signature: [action, orderId, body],
    });

  return {
    run,
    runAction,
    /** Sends the intent that failed in transit again, with its key. */
    retry: () => {
      if (unsettled.current) send(unsettled.current);
    },
    isPending: mutation.isPending,
  };
}
