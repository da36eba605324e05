// The first stage (../startInStages.ts): this module's chunk imports the start-react chunk
// (vite.config.ts), so importing it evaluates React.
export { createRoot } from 'react-dom/client';
