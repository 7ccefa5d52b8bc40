export default function Home() {
  return <main>Offerpath</main>;
}
