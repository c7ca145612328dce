import { useState } from 'react'
// Written by test/e2e/framework-hosts.spec.ts from README.md's "### React" block before each check and build.
import { ConnectHrButton } from './ConnectHrButton.tsx'

/** What `connect-hub:success` carries, kept in React state. */
type Linked = { id: string; provider: string }

function App() {
  const [linked, setLinked] = useState<Linked | null>(null)
  return (
    <main>
      <h1>React host</h1>
      <ConnectHrButton onLinked={setLinked} />
      <p>
        Linked: <output id="linked">{linked ? `${linked.id} ${linked.provider}` : ''}</output>
      </p>
    </main>
  )
}

export default App
