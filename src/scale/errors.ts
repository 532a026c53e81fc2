import {RequestError} from '../errors/scenario-error.js';

/** A scaling request the scenario cannot answer (unknown unit, year outside the run, bad values). */
export class ScaleRequestError extends RequestError {}
