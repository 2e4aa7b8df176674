// Placeholder Electron entry; the real one opens the window.
import { app } from 'electron';

void app.whenReady();
