import { afterAll } from 'vitest';
import { closeTestDriver } from './database.js';

afterAll(closeTestDriver);
