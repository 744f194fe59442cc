/**
 * Who owns a result, in words a civil servant recognises ("Andi Pratama (1985…)", "Biro SDM (BSDM)"), and who an
 * owner's results should align to. Shared by the cascade and coverage rules so they describe people the same way.
 */
import type { PlanIndex } from '../../model/lookup.js';

export function describeOwner(index: PlanIndex, owner: string): string {
  const employee = index.employeeByNip.get(owner);
  if (employee) return `${employee.name} (${owner})`;
  const unit = index.unitByCode.get(owner);
  if (unit) return `${unit.name} (${owner})`;
  return owner;
}

export function isTop(index: PlanIndex, owner: string): boolean {
  return index.topNips.has(owner) || index.topUnits.has(owner);
}

/**
 * Owners whose results this owner's results may align to: an employee's direct supervisor or own unit (and, for a
 * unit head, the parent unit); a unit's parent unit or that unit's head. The first entry is the one to name in
 * messages. Empty at the top and for unknown owners.
 */
export function expectedUpOwners(index: PlanIndex, owner: string): string[] {
  if (isTop(index, owner)) return [];
  const employee = index.employeeByNip.get(owner);
  if (employee) {
    const out: string[] = [];
    if (employee.supervisor) out.push(employee.supervisor);
    const unit = index.unitByCode.get(employee.unit);
    if (unit) {
      out.push(unit.code);
      if (unit.head === owner && unit.parent) out.push(unit.parent);
    }
    return out;
  }
  const unit = index.unitByCode.get(owner);
  if (!unit?.parent) return [];
  const parent = index.unitByCode.get(unit.parent);
  return parent?.head ? [unit.parent, parent.head] : [unit.parent];
}

/** Whether an owner has anyone below: direct reports of an employee; child units or staff of a unit. */
export function hasSubordinates(index: PlanIndex, owner: string): boolean {
  if (index.employeeByNip.has(owner)) return (index.subordinates.get(owner)?.length ?? 0) > 0;
  if (index.unitByCode.has(owner)) {
    const staff = (index.employeesByUnit.get(owner) ?? []).filter((e) => index.unitByCode.get(owner)?.head !== e.nip);
    return (index.childUnits.get(owner)?.length ?? 0) > 0 || staff.length > 0;
  }
  return false;
}
