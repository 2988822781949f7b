import { type SyntheticEvent, useEffect, useId, useState } from 'react';
import type { RequestEvents } from '../backend/request-events';
import { Disclosure } from './disclosure';
import { SIMULATIONS, type Simulation, type SimulationTarget } from './simulations';

/** Props of {@link SimulateMenu}. */
export interface SimulateMenuProps {
  /** The embedded mock backend. */
  backend: SimulationTarget;
  requests: RequestEvents;
}

/** Arms one failure for the next request, so every error state of the forms can be seen live. */
export function SimulateMenu({ backend, requests }: SimulateMenuProps) {
  const { faults } = backend;
  const selectId = useId();
  const [selected, setSelected] = useState<string>(SIMULATIONS[0]?.id ?? '');
  const [armed, setArmed] = useState<Simulation | null>(null);
  const [status, setStatus] = useState('Nothing armed: requests succeed.');

  useEffect(() => {
    if (!armed) return;
    return requests.subscribe((request) => {
      if (!armed.usedBy(request)) return;
      // Leftovers (the other code route's copy, a latency) must not hit a later request.
      faults.clear();
      setArmed(null);
      setStatus(
        `Applied “${armed.label}” to ${request.method} …${request.path.replace(/^.*\/resources/, '')}.`,
      );
    });
  }, [armed, faults, requests]);

  const arm = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const simulation = SIMULATIONS.find((candidate) => candidate.id === selected);
    if (!simulation) return;
    faults.clear();
    simulation.arm(backend, Date.now());
    setArmed(simulation);
    setStatus(`Armed: ${simulation.armedText}`);
  };

  const disarm = (): void => {
    faults.clear();
    setArmed(null);
    setStatus('Disarmed: requests succeed.');
  };

  return (
    <Disclosure title="Simulate">
      <form className="simulate" onSubmit={arm}>
        <label className="tool-label" htmlFor={selectId}>
          Make the next request fail as
        </label>
        <div className="simulate__row">
          <select
            id={selectId}
            className="tool-select"
            value={selected}
            onChange={(event) => setSelected(event.target.value)}
          >
            {SIMULATIONS.map((simulation) => (
              <option key={simulation.id} value={simulation.id}>
                {simulation.label}
              </option>
            ))}
          </select>
          <button type="submit" className="mfa-button tool-button" data-variant="secondary">
            Arm
          </button>
        </div>
        <p className="simulate__status" role="status" data-armed={armed ? '' : undefined}>
          {status}
        </p>
        {armed && (
          <button
            type="button"
            className="mfa-button tool-button"
            data-variant="link"
            onClick={disarm}
          >
            Disarm
          </button>
        )}
      </form>
    </Disclosure>
  );
}
