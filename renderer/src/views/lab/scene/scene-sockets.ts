import type { LabState, TrackedSocket } from '../../../lab/lab-state';

/** The sockets the error scenes own, which the Lab's stage never draws. */
export interface SceneSockets {
  ids: ReadonlySet<string>;
  /** While a scenario runs: every socket created after this event is its own, ids not yet known. */
  runningAfterSeq?: number;
}

export const NO_SCENE_SOCKETS: SceneSockets = { ids: new Set() };

export function isSceneSocket(scene: SceneSockets, socket: TrackedSocket): boolean {
  // A scene's server accepts connections the scenario never names.
  if (scene.ids.has(socket.socketId) || (socket.serverId && scene.ids.has(socket.serverId))) return true;
  return scene.runningAfterSeq !== undefined && socket.createdSeq > scene.runningAfterSeq;
}

/** The Lab without the scenes' sockets and their packets: what the stage draws. */
export function withoutSceneSockets(lab: LabState, scene: SceneSockets): LabState {
  const kept = Object.values(lab.sockets).filter((socket) => !isSceneSocket(scene, socket));
  if (kept.length === Object.keys(lab.sockets).length) return lab;
  const sockets = Object.fromEntries(kept.map((socket) => [socket.socketId, socket]));
  return { sockets, packets: lab.packets.filter((packet) => packet.receiverId in sockets) };
}
