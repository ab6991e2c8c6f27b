import type { Me, Shift } from '@kassa/api';
import { useState } from 'react';
import type { RegisterOutbox } from '../outbox/use-outbox';
import type { Printing } from '../printing/use-printing';
import { HandoverPrompt } from './handover-prompt';
import { ShiftDialog } from './shift-dialog';
import { useHandover } from './use-handover';

export type ShiftDialogsProps = {
  readonly open: boolean;
  /** Opens the shift dialog (the handover prompt does, to start the count). */
  readonly onOpen: () => void;
  readonly onClose: () => void;
  /** No ticket is being rung up and nothing else is asked: a handover may be asked now. */
  readonly idle: boolean;
  /** A finished sale's receipt is on screen: the prompt waits a minute (change, receipt). */
  readonly receiptShowing: boolean;
  readonly shift: Shift;
  readonly me: Me;
  readonly currency: string;
  readonly timeZone: string;
  readonly outbox: RegisterOutbox;
  readonly printing: Printing;
  readonly handoverTimes: readonly string[];
  readonly onHandoverSaved: () => void;
  readonly onShiftClosed: () => void;
  readonly onSignOut: () => void;
};

/**
 * The shift dialog and the automatic handover (自动交班) around it: at a handover time the prompt
 * opens the dialog straight on the blind count, and after that close the cashier is signed out so
 * the next one signs in with their own PIN and opens their own shift.
 */
export function ShiftDialogs(props: ShiftDialogsProps) {
  const { onOpen, onClose, idle, receiptShowing, shift, timeZone, handoverTimes } = props;
  const { onShiftClosed, onSignOut } = props;
  const [handingOver, setHandingOver] = useState(false);
  const handover = useHandover(shift.openedAt, handoverTimes, timeZone, idle, receiptShowing);
  return (
    <>
      <ShiftDialog
        {...props}
        onClose={() => {
          setHandingOver(false);
          onClose();
        }}
        onShiftClosed={handingOver ? onSignOut : onShiftClosed}
        handingOver={handingOver}
      />
      {handover.due !== null && (
        <HandoverPrompt
          open={handover.prompt}
          due={handover.due}
          timeZone={timeZone}
          onStart={() => {
            setHandingOver(true);
            onOpen();
          }}
          onLater={handover.snooze}
        />
      )}
    </>
  );
}
