export default function Page() {
  return <h1>Hallo Welt</h1>;
}
