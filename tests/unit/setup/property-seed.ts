// Every unit test file starts with the property tests' seed fixed (see tests/helpers/property.ts).
import { configurePropertyTests } from '../../helpers/property';

configurePropertyTests();
