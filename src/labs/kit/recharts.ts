/**
 * The parts of Recharts (the chart library) this project draws with: every chart imports them
 * from here, so that ./chart-modules.ts can evaluate exactly these, and no more of the library,
 * in a stage of their own before a chart's lab loads. Main thread.
 */
export { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
