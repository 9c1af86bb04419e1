// Citation labels come from the knowledge module so every channel cites a section the same way.
export { citationLabel } from '../../knowledge/cite.js';
