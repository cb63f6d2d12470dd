// Sandboxed preload (bundled to CommonJS with its dependencies): the page gets window.api and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './ipc/preload-api';

contextBridge.exposeInMainWorld('api', createPreloadApi(ipcRenderer));
