// Where appointments sit on the calendar: each one on its local day (hospital time) from its start to its end
// minute; overlapping ones (a cancelled visit and its replacement, say) share the column side by side.
import { localParts } from "./time";

export type Placed<T> = { item: T; start: number; end: number; lane: number; lanes: number };

export function placeByDay<T extends { startsAt: Date; endsAt: Date }>(
  items: readonly T[],
  timeZone: string,
): Map<string, Placed<T>[]> {
  const byDay = new Map<string, Placed<T>[]>();
  for (const item of items) {
    const p = localParts(item.startsAt, timeZone);
    const end = Math.min(
      24 * 60,
      p.minuteOfDay + Math.max(5, Math.round((item.endsAt.getTime() - item.startsAt.getTime()) / 60_000)),
    );
    const list = byDay.get(p.date) ?? [];
    list.push({ item, start: p.minuteOfDay, end, lane: 0, lanes: 1 });
    byDay.set(p.date, list);
  }
  for (const list of byDay.values()) assignLanes(list);
  return byDay;
}

/** greedy lanes within each cluster of overlapping events; every event of a cluster gets the cluster's lane count */
function assignLanes<T>(list: Placed<T>[]) {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  let cluster: Placed<T>[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const e of cluster) e.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const e of list) {
    if (e.start >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= e.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(e.end);
    } else laneEnds[lane] = e.end;
    e.lane = lane;
    cluster.push(e);
    clusterEnd = Math.max(clusterEnd, e.end);
  }
  close();
}

/** the minutes the grid shows: the working day, stretched to whole hours and to any appointment outside it */
export function gridBounds(workStart: number, workEnd: number, placed: Iterable<Placed<unknown>[]>): [number, number] {
  let lo = workStart;
  let hi = workEnd;
  for (const list of placed) {
    for (const e of list) {
      lo = Math.min(lo, e.start);
      hi = Math.max(hi, e.end);
    }
  }
  return [Math.floor(lo / 60) * 60, Math.min(24 * 60, Math.ceil(hi / 60) * 60)];
}
