import type { RowPicture } from '../../../lab/stage/row-picture';
import { travels, type Direction, type StageStep } from '../../../lab/stage/stage-step';
import { Lane } from './Lane';

interface RowStageProps {
  row: string;
  picture: RowPicture | undefined;
  current: StageStep | undefined;
  currentMs: number;
  /** Host A's socket and host B's, as the lanes name them. */
  serverSide: string;
  clientSide: string;
  wire: 'stream' | 'datagrams' | 'closed';
}

/** A row's two lanes: requests towards host A above, echoes towards host B below. */
export function RowStage({ row, picture, current, currentMs, serverSide, clientSide, wire }: RowStageProps) {
  const moving = (direction: Direction) =>
    current &&
    current.row === row &&
    travels(current) &&
    'direction' in current &&
    current.direction === direction
      ? current
      : undefined;
  return (
    <>
      <Lane
        direction="to-server"
        picture={picture?.lanes['to-server']}
        moving={moving('to-server')}
        movingMs={currentMs}
        sender={clientSide}
        receiver={serverSide}
        wire={wire}
      />
      <Lane
        direction="to-client"
        picture={picture?.lanes['to-client']}
        moving={moving('to-client')}
        movingMs={currentMs}
        sender={serverSide}
        receiver={clientSide}
        wire={wire}
      />
    </>
  );
}
