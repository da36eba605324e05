import { createContext, useContext } from 'react';

/** Whether the app runs inside a partner's iframe: links that must leave the frame target the top. */
export const EmbedContext = createContext(false);

export const useEmbedded = (): boolean => useContext(EmbedContext);
